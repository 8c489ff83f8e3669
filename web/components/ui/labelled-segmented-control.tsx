/** A segmented control with a visible label that names it for screen readers (aria-labelledby), and an optional hint below. */
import { SegmentedControl, type SegmentedControlProps, Stack, Text } from "@mantine/core";
import { type ReactNode, useId } from "react";

export interface LabelledSegmentedControlProps extends Omit<SegmentedControlProps, "aria-labelledby"> {
  label: ReactNode;
  /** Shown under the control (a hint, a rule). */
  children?: ReactNode;
}

export function LabelledSegmentedControl({ label, children, ...props }: LabelledSegmentedControlProps) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text component="span" size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <SegmentedControl aria-labelledby={labelId} {...props} />
      {children}
    </Stack>
  );
}
