/** "Move up" and "move down" buttons for one item of an ordered list; the first cannot go up, the last cannot go down. */
import { ActionIcon, type ActionIconProps } from "@mantine/core";
import { IconArrowDown, IconArrowUp } from "@tabler/icons-react";

export interface MoveButtonsProps extends ActionIconProps {
  index: number;
  count: number;
  /** Moves the item at index one place up (-1) or down (+1). */
  onMove: (index: number, delta: -1 | 1) => void;
  upLabel: string;
  downLabel: string;
}

export function MoveButtons({ index, count, onMove, upLabel, downLabel, ...props }: MoveButtonsProps) {
  return (
    <>
      <ActionIcon {...props} disabled={index === 0} onClick={() => onMove(index, -1)} aria-label={upLabel}>
        <IconArrowUp size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon {...props} disabled={index === count - 1} onClick={() => onMove(index, 1)} aria-label={downLabel}>
        <IconArrowDown size={16} aria-hidden />
      </ActionIcon>
    </>
  );
}
