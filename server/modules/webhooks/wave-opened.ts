/** The `wave.opened` webhooks: a subscriber of the surveys feature's event, in the new wave's transaction. */
import { subscribe } from "../../platform/events.js";
import { waveOpened } from "../surveys/index.js";
import { enqueueWebhookEvent, mayHaveWebhookEndpoints } from "./events.js";

export const waveOpenedWebhooks = subscribe({
  event: waveOpened,
  name: "webhooks: wave.opened deliveries",
  mayAct: (wave) => mayHaveWebhookEndpoints(wave.organisationId, "wave.opened"),
  handle: async (_ctx, tx, wave) => {
    await enqueueWebhookEvent(tx, wave.organisationId, "wave.opened", wave);
  },
});
