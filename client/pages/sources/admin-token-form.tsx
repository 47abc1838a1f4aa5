import { useId, useState } from 'react';
import { checkToken } from '../../api/auth';

type AdminTokenFormProps = { refused: string | null; onSave: (token: string) => void };

/** Asked once per tab: reads are open, but adding, editing and pausing sources need the admin token. */
export function AdminTokenForm({ refused, onSave }: AdminTokenFormProps) {
  const [value, setValue] = useState('');
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const message = problem ?? refused;
  return (
    <form
      className={message ? 'token-form token-form--refused' : 'token-form'}
      aria-label="Admin token"
      onSubmit={(event) => {
        event.preventDefault();
        const token = value.trim();
        if (!token) return;
        setChecking(true);
        void checkToken(token).then((check) => {
          setChecking(false);
          if (check.ok) onSave(token);
          else setProblem(check.message);
        });
      }}
    >
      <div className="token-form__text">
        <p className="token-form__title">{message ? 'The admin token was not accepted' : 'Read-only view'}</p>
        <p className="token-form__hint" role={message ? 'alert' : undefined}>
          {message ??
            'Enter the admin token to add, edit, pause or delete sources. It is kept in this tab only.'}
        </p>
      </div>
      <label className="visually-hidden" htmlFor={id}>
        Admin token
      </label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        placeholder="Admin token"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setProblem(null);
        }}
      />
      <button type="submit" className="button button--primary" disabled={!value.trim() || checking}>
        {checking ? 'Checking…' : 'Unlock editing'}
      </button>
    </form>
  );
}
