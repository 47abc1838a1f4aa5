/** Light, dark, or whatever the system says; the choice is kept in this browser. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

const STORAGE_KEY = 'outcry.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return THEMES.find((t) => t === value) ?? 'system';
  } catch {
    return 'system';
  }
}

/** The theme actually drawn for a choice and the system preference. */
export const effectiveTheme = (choice: ThemeChoice, systemDark: boolean): 'light' | 'dark' =>
  choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;

/** Sets data-theme on <html> (the dark tokens key off it) and keeps following the system when asked to. */
export function applyTheme(choice: ThemeChoice): () => void {
  const media = window.matchMedia(DARK_QUERY);
  const apply = () => {
    document.documentElement.dataset.theme = effectiveTheme(choice, media.matches);
  };
  apply();
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  media.addEventListener('change', apply);
  return () => media.removeEventListener('change', apply);
}
