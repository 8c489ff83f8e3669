/** Mantine theme: system fonts only (the CSP forbids external fonts), contrasted focus ring. */
import { type CSSVariablesResolver, createTheme } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "indigo",
  primaryShade: { light: 7, dark: 5 },
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  headings: { fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif" },
  focusRing: "auto",
  defaultRadius: "md",
  // People who ask their system for less motion get no transitions (drawers, menus, fades).
  respectReducedMotion: true,
});

/**
 * Contrast fixes (WCAG AA, 4.5:1): Mantine's "dimmed" grey (input descriptions) is 3.3:1 on white,
 * and teal light surfaces (success alerts) give their teal text 4.3:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { "--mantine-color-dimmed": "var(--mantine-color-gray-7)", "--mantine-color-teal-light": "var(--mantine-color-teal-0)" },
  dark: {},
});
