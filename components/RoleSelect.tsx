/** "Your role (optional)": the role shown beside a person's name on replies (Settings and the sidebar). */
import { AUTHOR_ROLES, AUTHOR_ROLE_LABELS, type AuthorRole } from '@/lib/model/reply';

export function RoleSelect({
  id,
  hint,
  value,
  onChange,
}: {
  id: string;
  hint: string;
  value: AuthorRole | '';
  onChange(role: AuthorRole | ''): void;
}) {
  return (
    <>
      <label for={id}>Your role (optional)</label>
      <p id={`${id}-hint`} class="muted">
        {hint}
      </p>
      <select
        id={id}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.currentTarget.value as AuthorRole | '')}
      >
        <option value="">Not given</option>
        {AUTHOR_ROLES.map((choice) => (
          <option key={choice} value={choice}>
            {AUTHOR_ROLE_LABELS[choice]}
          </option>
        ))}
      </select>
    </>
  );
}
