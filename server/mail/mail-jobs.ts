/** The two job kinds of outgoing e-mail: sending a queued message, and purging its link once it expires unsent. */
import { z } from "zod";
import { defineJob } from "../platform/jobs.js";

const attachmentSchema = z.object({ filename: z.string(), contentType: z.string(), content: z.string() });

/** Sends one queued message; small attachments ride in the payload until delivery, then the payload is trimmed. */
export const sendEmailJob = defineJob("email.send", z.object({ emailId: z.string(), attachments: z.array(attachmentSchema).optional() }));

/** Forgets the link of a message left in the outbox once the link has expired. */
export const purgeEmailLinkJob = defineJob("email.purge_link", z.object({ emailId: z.string() }));
