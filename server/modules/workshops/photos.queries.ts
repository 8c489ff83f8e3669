/** The photos of a workshop's walls: every read and write scoped by organisation and workshop. */
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { workshopPhotos } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";

type Db = Database | Tx;
const listed = {
  id: workshopPhotos.id,
  caption: workshopPhotos.caption,
  contentType: workshopPhotos.contentType,
  byteSize: workshopPhotos.byteSize,
  createdAt: workshopPhotos.createdAt,
};

export async function listPhotoRows(db: Db, organisationId: string, workshopId: string) {
  return db
    .select(listed)
    .from(workshopPhotos)
    .where(and(eq(workshopPhotos.organisationId, organisationId), eq(workshopPhotos.workshopId, workshopId)))
    .orderBy(asc(workshopPhotos.createdAt));
}
export type PhotoRow = Awaited<ReturnType<typeof listPhotoRows>>[number];

export async function insertPhoto(tx: Tx, values: typeof workshopPhotos.$inferInsert): Promise<PhotoRow> {
  const [row] = await tx.insert(workshopPhotos).values(values).returning(listed);
  if (!row) throw new Error("insert returned nothing");
  return row;
}

export async function findPhotoData(db: Db, organisationId: string, workshopId: string, photoId: string) {
  const [row] = await db
    .select({ contentType: workshopPhotos.contentType, data: workshopPhotos.data })
    .from(workshopPhotos)
    .where(and(eq(workshopPhotos.organisationId, organisationId), eq(workshopPhotos.workshopId, workshopId), eq(workshopPhotos.id, photoId)));
  return row ?? null;
}

/** True when the photo was there (and is now gone). */
export async function deletePhoto(tx: Tx, organisationId: string, workshopId: string, photoId: string): Promise<boolean> {
  const deleted = await tx
    .delete(workshopPhotos)
    .where(and(eq(workshopPhotos.organisationId, organisationId), eq(workshopPhotos.workshopId, workshopId), eq(workshopPhotos.id, photoId)))
    .returning({ id: workshopPhotos.id });
  return deleted.length > 0;
}
