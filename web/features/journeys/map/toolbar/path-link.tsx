/**
 * A link to an app path that may not be in the typed route tree yet (pages built separately):
 * a real <a href> (works without JS, opens in a new tab), navigated in-app on a plain click.
 */
import { Button, type ButtonProps } from "@mantine/core";
import { useRouter } from "@tanstack/react-router";
import type { MouseEvent, ReactNode } from "react";

export function PathLink({ href, children, ...props }: ButtonProps & { href: string; children: ReactNode }) {
  const router = useRouter();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.history.push(href);
  };
  return (
    <Button component="a" href={href} onClick={onClick} {...props}>
      {children}
    </Button>
  );
}
