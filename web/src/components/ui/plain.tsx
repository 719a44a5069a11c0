import {
  useId,
  useState,
  type AnchorHTMLAttributes,
  type ButtonHTMLAttributes,
  type InputHTMLAttributes,
  type ReactNode,
} from 'react';
import './plain.css';

/*
 * The few building blocks of the join app, in plain React and a small stylesheet that follows the
 * admin app's theme (indigo, rounded, the same type). The component library stays out of the pages
 * most people ever see, so a phone opening an invite link downloads a fraction of it.
 */

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'filled' | 'light' | 'subtle' | 'default';
  size?: 'sm' | 'md' | 'lg';
  loading?: boolean;
};

export function Button({
  variant = 'filled',
  size = 'md',
  loading = false,
  className,
  children,
  disabled,
  type = 'button',
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={['button', `button-${variant}`, `button-${size}`, className]
        .filter(Boolean)
        .join(' ')}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      {...rest}
    >
      {loading && <span className="spinner" aria-hidden />}
      {children}
    </button>
  );
}

/** A link that looks like a button (`variant` as for Button). */
export function ButtonLink({
  variant = 'filled',
  size = 'md',
  children,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}) {
  return (
    <a className={`button button-${variant} button-${size}`} {...rest}>
      {children}
    </a>
  );
}

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'size'> & {
  label: string;
  description?: string;
  error?: string | null;
  size?: 'md' | 'lg';
  /** A button beside the input, inside the same frame (e.g. show a password). */
  action?: ReactNode;
};

/** A labelled input with its description and error, tied to it for screen readers. */
export function TextField({
  label,
  description,
  error,
  size = 'md',
  required,
  action,
  className,
  ...input
}: FieldProps) {
  const id = useId();
  const described =
    [description && `${id}-description`, error && `${id}-error`].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className={['field', `field-${size}`, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && (
          <span className="field-required" aria-hidden>
            {' '}
            *
          </span>
        )}
      </label>
      {description && (
        <p id={`${id}-description`} className="field-description">
          {description}
        </p>
      )}
      <div className="field-frame" data-invalid={error ? true : undefined}>
        <input
          id={id}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          {...input}
        />
        {action}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A password field with a Show/Hide button beside it (typing a password on a phone is hard). */
export function PasswordField(props: Omit<FieldProps, 'type' | 'action'>) {
  const [shown, setShown] = useState(false);
  return (
    <TextField
      {...props}
      type={shown ? 'text' : 'password'}
      action={
        <Button
          variant="subtle"
          size="sm"
          aria-pressed={shown}
          onClick={() => setShown((now) => !now)}
        >
          {shown ? 'Hide' : 'Show'}
          <span className="visually-hidden"> password</span>
        </Button>
      }
    />
  );
}

export function Alert({
  tone = 'red',
  title,
  role,
  children,
}: {
  tone?: 'red' | 'yellow' | 'blue';
  title?: string;
  role?: 'alert' | 'status';
  children: ReactNode;
}) {
  return (
    <div className={`alert alert-${tone}`} role={role}>
      {title && <p className="alert-title">{title}</p>}
      <div>{children}</div>
    </div>
  );
}

export function Badge({
  variant = 'light',
  children,
}: {
  variant?: 'light' | 'outline';
  children: ReactNode;
}) {
  return <span className={`badge badge-${variant}`}>{children}</span>;
}

export function Card({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={['card', className].filter(Boolean).join(' ')}>{children}</div>;
}

/** A grey placeholder of the given height while something loads. */
export function Skeleton({ height, label = 'Loading' }: { height: number; label?: string }) {
  return <div className="skeleton" style={{ height }} role="status" aria-label={label} />;
}
