import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * A button whose action is asked inline first ("Delete X? … Yes, delete · Keep it"). The
 * question takes the focus on "Keep it", the safe answer; Escape or "Keep it" closes it and
 * puts the focus back on the button, so a keyboard user is never left on the page's heading.
 */
export function InlineConfirm({
  action,
  question,
  confirm,
  onConfirm,
  keep: keepWords = 'Keep it',
  danger = true,
}: {
  /** The button's words: "Delete event". */
  action: string;
  question: ReactNode;
  /** The answer that acts: "Yes, delete". */
  confirm: string;
  onConfirm: () => void;
  /** The answer that keeps things as they are. */
  keep?: string;
  danger?: boolean;
}) {
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // Where the focus goes once the question has opened or closed (after that render); not on the first.
  const focusNext = useRef<'keep' | 'opener' | null>(null);
  useEffect(() => {
    const target = focusNext.current === 'keep' ? keep.current : focusNext.current === 'opener' ? opener.current : null;
    focusNext.current = null;
    target?.focus();
  });
  const open = () => {
    focusNext.current = 'keep';
    setConfirming(true);
  };
  const close = () => {
    focusNext.current = 'opener';
    setConfirming(false);
  };
  const buttonClass = `button${danger ? ' danger' : ''}`;
  return confirming ? (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape answers the question from either of its buttons
    <span
      className="confirm"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        close();
      }}
    >
      <span>{question}</span>
      <button type="button" className={buttonClass} onClick={onConfirm}>
        {confirm}
      </button>
      <button ref={keep} type="button" className="button" onClick={close}>
        {keepWords}
      </button>
    </span>
  ) : (
    <button ref={opener} type="button" className={buttonClass} onClick={open}>
      {action}
    </button>
  );
}
