/**
 * The header's menus (the organisation switcher, the person's menu) are fetched when first opened
 * or pointed at: Mantine's Menu with its floating positioning is ~20 KB gzipped that the first load
 * of a page need not wait for (docs/web-first-load.md). Until then, the same button shows.
 */
import { type ComponentType, lazy, Suspense, useState } from "react";
import { OrganisationButton, UserMenuButton } from "./header-buttons";

const loadUserMenu = () => import("./user-menu");
const loadSwitcher = () => import("./organisation-switcher");
const UserMenu = lazy(() => loadUserMenu().then((m) => ({ default: m.UserMenu })));
const OrganisationSwitcher = lazy(() => loadSwitcher().then((m) => ({ default: m.OrganisationSwitcher })));

type Trigger = typeof UserMenuButton;

function lazyMenu(TriggerButton: Trigger, load: () => Promise<unknown>, Menu: ComponentType<{ defaultOpened?: boolean }>) {
  return function LazyMenu() {
    const [isWanted, setWanted] = useState(false);
    const preload = () => void load();
    const button = <TriggerButton aria-haspopup="menu" aria-expanded={false} onPointerEnter={preload} onFocus={preload} onClick={() => setWanted(true)} />;
    if (!isWanted) return button;
    return (
      <Suspense fallback={button}>
        <Menu defaultOpened />
      </Suspense>
    );
  };
}

export const UserMenuLazy = lazyMenu(UserMenuButton, loadUserMenu, UserMenu);
export const OrganisationSwitcherLazy = lazyMenu(OrganisationButton, loadSwitcher, OrganisationSwitcher);
