import { MantineProvider } from "@mantine/core";
import { useNotifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { lazy, Suspense, useState } from "react";
import { queryClient } from "./query-client";
import { router } from "./router";
import { cssVariablesResolver, theme } from "./theme";

const NotificationsContainer = lazy(() => import("./notifications-container"));

/**
 * Where notifications show. Their container (with its transitions) is fetched when the first one is
 * shown, not with every page; notifications shown meanwhile wait in Mantine's store.
 */
function LazyNotifications() {
  const { notifications, queue } = useNotifications();
  const [isNeeded, setNeeded] = useState(false);
  if (!isNeeded && notifications.length + queue.length > 0) setNeeded(true);
  return isNeeded ? (
    <Suspense fallback={null}>
      <NotificationsContainer />
    </Suspense>
  ) : null;
}

/** Mantine, notifications, TanStack Query and the router. */
export function Providers() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <LazyNotifications />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
