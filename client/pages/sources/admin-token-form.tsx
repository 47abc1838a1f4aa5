import { useId, useState } from 'react';

type AdminTokenFormProps = { refused: string | null; onSave: (token: string) => void };

/** Asked once per tab: reads are open, but adding, editing and pausing sources need the admin token. */
export function AdminTokenForm({ refused, onSave }: AdminTokenFormProps) {
  const [value, setValue] = useState('');
  const id = useId();
  return (
    <form
      className={refused ? 'token-form token-form--refused' : 'token-form'}
      aria-label="Admin token"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) onSave(value.trim());
      }}
    >
      <div className="token-form__text">
        <p className="token-form__title">{refused ? 'The admin token was not accepted' : 'Read-only view'}</p>
        <p className="token-form__hint" role={refused ? 'alert' : undefined}>
          {refused ??
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
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="button button--primary" disabled={!value.trim()}>
        Unlock editing
      </button>
    </form>
  );
}
