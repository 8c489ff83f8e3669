/**
 * A "…" menu button that mounts the Mantine Menu only on first use: until then it is a plain
 * icon button, so the 40 step headers of a large map do not each set up a floating menu. The first
 * click mounts the Menu, focuses its target, then opens it (so closing returns focus there).
 */
import { Menu } from "@mantine/core";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { SpriteIcon } from "./icon-sprite";

interface Props {
  label: string;
  iconSize?: number;
  /** The Menu.Item elements, built only once the menu is mounted. */
  items: () => ReactNode;
}

export function LazyMenu({ label, iconSize = 14, items }: Props) {
  const [mounted, setMounted] = useState(false);
  const [opened, setOpened] = useState(false);
  const targetRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Focus the mounted target first, then open: the Menu returns focus to it on close.
    if (!mounted) return;
    targetRef.current?.focus();
    setOpened(true);
  }, [mounted]);
  const icon = <SpriteIcon name="dots" size={iconSize} />;
  if (!mounted) {
    return (
      <button type="button" className="jm-icon-btn" aria-label={label} aria-haspopup="menu" aria-expanded={false} onClick={() => setMounted(true)}>
        {icon}
      </button>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal opened={opened} onChange={setOpened}>
      <Menu.Target>
        <button ref={targetRef} type="button" className="jm-icon-btn" aria-label={label}>
          {icon}
        </button>
      </Menu.Target>
      <Menu.Dropdown>{items()}</Menu.Dropdown>
    </Menu>
  );
}
