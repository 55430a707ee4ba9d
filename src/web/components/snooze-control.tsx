import { useId, useState } from 'react';

/** A snooze's lengths: the duration the server reads ("1w"), and its words ("a week"). */
export type SnoozeChoices = readonly (readonly [duration: string, words: string])[];

/**
 * Snooze as one action, the button then how long ("Snooze [for a week]"): choosing a
 * length alone does nothing. The choice is named for screen readers by `what` ("Snooze
 * Ada Okafor for"); Today's people and Reminders' rows share it.
 */
export function SnoozeControl({
  what,
  choices,
  initial,
  onSnooze,
  buttonLabel,
  disabled = false,
}: {
  what: string;
  choices: SnoozeChoices;
  /** The length chosen at first; the first choice when not given. */
  initial?: string;
  onSnooze: (duration: string, words: string) => void;
  /** The button's accessible name, when "Snooze" alone would not say what it snoozes. */
  buttonLabel?: string;
  disabled?: boolean;
}) {
  const id = useId();
  const [duration, setDuration] = useState(initial ?? choices[0]?.[0] ?? '1w');
  const words = choices.find(([value]) => value === duration)?.[1] ?? duration;
  return (
    <span className="snooze">
      <button
        type="button"
        className="button small"
        onClick={() => onSnooze(duration, words)}
        disabled={disabled}
        aria-label={buttonLabel}
      >
        Snooze
      </button>
      <label className="visually-hidden" htmlFor={id}>
        Snooze {what} for
      </label>
      <select id={id} value={duration} onChange={(event) => setDuration(event.target.value)}>
        {choices.map(([value, text]) => (
          <option key={value} value={value}>
            for {text}
          </option>
        ))}
      </select>
    </span>
  );
}
