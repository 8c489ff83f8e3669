/**
 * Every feature of Tutti, in the order their routes are registered. A feature is known to the rest
 * of the server only through its `index.ts` (server/platform/feature.ts says what it may give).
 */
import type { Feature } from "../platform/feature.js";
import { feature as auth } from "./auth/index.js";
import { feature as health } from "./health/index.js";
import { feature as me } from "./me/index.js";
import { feature as organisations } from "./organisations/index.js";
import { feature as members } from "./members/index.js";
import { feature as invitations } from "./invitations/index.js";
import { feature as audit } from "./audit/index.js";
import { feature as outbox } from "./outbox/index.js";
import { feature as sso } from "./sso/index.js";
import { feature as stakeholders } from "./stakeholders/index.js";
import { feature as personas } from "./personas/index.js";
import { feature as programmes } from "./programmes/index.js";
import { feature as journeys } from "./journeys/index.js";
import { feature as surveys } from "./surveys/index.js";
import { feature as workshops } from "./workshops/index.js";
import { feature as webhooks } from "./webhooks/index.js";
import { feature as promoters } from "./promoters/index.js";
import { feature as home } from "./home/index.js";

export const features: readonly Feature[] = [
  auth,
  health,
  me,
  organisations,
  members,
  invitations,
  audit,
  outbox,
  sso,
  stakeholders,
  personas,
  programmes,
  journeys,
  surveys,
  workshops,
  webhooks,
  promoters,
  home,
];
