import { Outlet } from "@tanstack/react-router";

/** Parent of the administration pages; each page checks its own ability. */
export function AdminLayout() {
  return <Outlet />;
}
