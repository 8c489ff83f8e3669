/** After signing in or up: forget the old session data and go where the person was heading. */
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "@tanstack/react-router";
import { safeRedirect } from "../../lib/safe-redirect";

export function useAfterSignIn() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return async (redirect: string | undefined) => {
    queryClient.clear();
    await router.navigate({ href: safeRedirect(redirect) });
  };
}
