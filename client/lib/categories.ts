import { CATEGORY_NAMES } from '../../shared/categories';
import { DEFAULT_CATEGORIES } from '../../shared/enums';

export { categoryName } from '../../shared/categories';

export const CATEGORY_OPTIONS: ReadonlyArray<{ id: string; name: string }> = DEFAULT_CATEGORIES.map((id) => ({
  id,
  name: CATEGORY_NAMES[id],
}));
