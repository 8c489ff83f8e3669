CREATE TABLE "impact_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"journey_id" uuid NOT NULL,
	"from_cell_id" uuid NOT NULL,
	"to_cell_id" uuid NOT NULL,
	"sign" smallint NOT NULL,
	"weight" smallint NOT NULL,
	"sentence" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journey_lanes" (
	"organisation_id" text NOT NULL,
	"journey_id" uuid NOT NULL,
	"stakeholder_type_id" uuid NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journey_stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"journey_id" uuid NOT NULL,
	"title" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journey_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"journey_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"title" text NOT NULL,
	"channel" text DEFAULT 'digital' NOT NULL,
	"owner_service" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"target_delay_hours" integer,
	"moment_of_truth" text DEFAULT 'auto' NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journey_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"journey_id" uuid NOT NULL,
	"name" text NOT NULL,
	"document" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journeys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"programme_id" uuid,
	"is_template" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"locale" text DEFAULT 'fr' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lane_cells" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"journey_id" uuid NOT NULL,
	"step_id" uuid NOT NULL,
	"stakeholder_type_id" uuid NOT NULL,
	"involvement" text DEFAULT 'none' NOT NULL,
	"actions" text DEFAULT '' NOT NULL,
	"needs_functional" text DEFAULT '' NOT NULL,
	"needs_emotional" text DEFAULT '' NOT NULL,
	"needs_relational" text DEFAULT '' NOT NULL,
	"constraints_technical" text DEFAULT '' NOT NULL,
	"constraints_budget" text DEFAULT '' NOT NULL,
	"constraints_time" text DEFAULT '' NOT NULL,
	"emotion" smallint,
	"pain_points" text DEFAULT '' NOT NULL,
	"opportunities" text DEFAULT '' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"stakeholder_type_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"age" smallint,
	"experience" text DEFAULT '' NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"frustrations" text DEFAULT '' NOT NULL,
	"motivations" text DEFAULT '' NOT NULL,
	"needs" text DEFAULT '' NOT NULL,
	"constraints" text DEFAULT '' NOT NULL,
	"quote" text DEFAULT '' NOT NULL,
	"avatar_mime" text,
	"avatar_data" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"title" text NOT NULL,
	"rncp_code" text DEFAULT '' NOT NULL,
	"level" text DEFAULT '' NOT NULL,
	"modality" text DEFAULT 'initial' NOT NULL,
	"duration_hours" integer,
	"location" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"places" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stakeholder_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"category" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"is_archived" boolean DEFAULT false NOT NULL,
	"seed_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "impact_links" ADD CONSTRAINT "impact_links_organisation_id_organization_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_links" ADD CONSTRAINT "impact_links_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_links" ADD CONSTRAINT "impact_links_from_cell_id_lane_cells_id_fk" FOREIGN KEY ("from_cell_id") REFERENCES "public"."lane_cells"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_links" ADD CONSTRAINT "impact_links_to_cell_id_lane_cells_id_fk" FOREIGN KEY ("to_cell_id") REFERENCES "public"."lane_cells"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_lanes" ADD CONSTRAINT "journey_lanes_organisation_id_organization_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_lanes" ADD CONSTRAINT "journey_lanes_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_lanes" ADD CONSTRAINT "journey_lanes_stakeholder_type_id_stakeholder_types_id_fk" FOREIGN KEY ("stakeholder_type_id") REFERENCES "public"."stakeholder_types"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_stages" ADD CONSTRAINT "journey_stages_organisation_id_organization_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_stages" ADD CONSTRAINT "journey_stages_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_steps" ADD CONSTRAINT "journey_steps_organisation_id_organization_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_steps" ADD CONSTRAINT "journey_steps_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_steps" ADD CONSTRAINT "journey_steps_stage_id_journey_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."journey_stages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_versions" ADD CONSTRAINT "journey_versions_organisation_id_organization_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_versions" ADD CONSTRAINT "journey_versions_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_versions" ADD CONSTRAINT "journey_versions_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_organisation_id_organization_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lane_cells" ADD CONSTRAINT "lane_cells_organisation_id_organization_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lane_cells" ADD CONSTRAINT "lane_cells_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lane_cells" ADD CONSTRAINT "lane_cells_step_id_journey_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."journey_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lane_cells" ADD CONSTRAINT "lane_cells_stakeholder_type_id_stakeholder_types_id_fk" FOREIGN KEY ("stakeholder_type_id") REFERENCES "public"."stakeholder_types"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lane_cells" ADD CONSTRAINT "lane_cells_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personas" ADD CONSTRAINT "personas_organisation_id_organization_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personas" ADD CONSTRAINT "personas_stakeholder_type_id_stakeholder_types_id_fk" FOREIGN KEY ("stakeholder_type_id") REFERENCES "public"."stakeholder_types"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_organisation_id_organization_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_types" ADD CONSTRAINT "stakeholder_types_organisation_id_organization_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "impact_links_journey_idx" ON "impact_links" USING btree ("journey_id");--> statement-breakpoint
CREATE UNIQUE INDEX "journey_lanes_unique" ON "journey_lanes" USING btree ("journey_id","stakeholder_type_id");--> statement-breakpoint
CREATE INDEX "journey_stages_journey_idx" ON "journey_stages" USING btree ("journey_id","position");--> statement-breakpoint
CREATE INDEX "journey_steps_journey_idx" ON "journey_steps" USING btree ("journey_id","stage_id","position");--> statement-breakpoint
CREATE INDEX "journey_versions_journey_idx" ON "journey_versions" USING btree ("journey_id","created_at");--> statement-breakpoint
CREATE INDEX "journeys_organisation_idx" ON "journeys" USING btree ("organisation_id","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "lane_cells_step_stakeholder_unique" ON "lane_cells" USING btree ("step_id","stakeholder_type_id");--> statement-breakpoint
CREATE INDEX "lane_cells_journey_idx" ON "lane_cells" USING btree ("journey_id");--> statement-breakpoint
CREATE INDEX "personas_organisation_idx" ON "personas" USING btree ("organisation_id","stakeholder_type_id");--> statement-breakpoint
CREATE INDEX "programmes_organisation_idx" ON "programmes" USING btree ("organisation_id","title");--> statement-breakpoint
CREATE INDEX "stakeholder_types_organisation_idx" ON "stakeholder_types" USING btree ("organisation_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "stakeholder_types_seed_key_unique" ON "stakeholder_types" USING btree ("organisation_id","seed_key");