/** The result of an action in words (a status, or an alert for a failure), with Undo when it can be undone. */
export interface Message {
  text: string;
  alert?: boolean;
  /** Puts back what the action removed; the message closes once it is done. */
  undo?: () => Promise<unknown>;
}

export function ActionMessage({
  message,
  onClose,
  class: className,
}: {
  message: Message | null;
  onClose(): void;
  class?: string;
}) {
  if (!message) return null;
  return (
    <p
      role={message.alert ? 'alert' : 'status'}
      class={[message.alert ? 'error' : '', className ?? ''].join(' ').trim() || undefined}
    >
      {message.text}{' '}
      {message.undo && (
        <button type="button" class="link" onClick={() => void message.undo!().then(onClose)}>
          Undo
        </button>
      )}
    </p>
  );
}
