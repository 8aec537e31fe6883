import { Button } from "@dishpatch/ui";

/** Up/down arrows that move an entry one place; named for screen readers ("Move Pizza up"). */
export function MoveButtons({
  name,
  isFirst,
  isLast,
  disabled,
  onMove,
}: {
  name: string;
  isFirst: boolean;
  isLast: boolean;
  disabled: boolean;
  onMove: (step: -1 | 1) => void;
}) {
  return (
    <span className="inline-flex">
      <Button
        variant="ghost"
        size="sm"
        className="px-2"
        aria-label={`Move ${name} up`}
        disabled={disabled || isFirst}
        onClick={() => {
          onMove(-1);
        }}
      >
        <span aria-hidden="true">↑</span>
      </Button>
      <Button
        variant="ghost"
        size="sm"
        className="px-2"
        aria-label={`Move ${name} down`}
        disabled={disabled || isLast}
        onClick={() => {
          onMove(1);
        }}
      >
        <span aria-hidden="true">↓</span>
      </Button>
    </span>
  );
}
