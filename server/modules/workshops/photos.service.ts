/**
 * Photos of paper walls: listed with the URL they are served at, uploaded (decoded and drawn
 * again from their pixels before they are stored, photo-image.ts), served, deleted; each change audited.
 */
import type { Photo } from "../../../shared/schemas/workshops.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { auditAction } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/problem.js";
import { photoUrl } from "./minutes.service.js";
import { reencodePhoto } from "./photo-image.js";
import { deletePhoto, findPhotoData, insertPhoto, listPhotoRows, type PhotoRow } from "./photos.queries.js";

/** What a phone takes. */
export const photoTypes = ["image/jpeg", "image/png", "image/webp"];
export const maxPhotoBytes = 8 * 1024 * 1024;

const present = (organisationId: string, workshopId: string, row: PhotoRow): Photo => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  url: photoUrl(organisationId, workshopId, row.id),
});

export async function listPhotos(ctx: AppContext, organisationId: string, workshopId: string): Promise<Photo[]> {
  return (await listPhotoRows(ctx.db, organisationId, workshopId)).map((row) => present(organisationId, workshopId, row));
}

export async function addPhoto(
  ctx: AppContext,
  session: CurrentSession,
  membership: Membership,
  workshopId: string,
  upload: { contentType: string; body: unknown; caption: string },
): Promise<Photo> {
  // What is stored is the image drawn again from its pixels, never the bytes sent.
  const photo = photoTypes.includes(upload.contentType) && Buffer.isBuffer(upload.body) ? await reencodePhoto(upload.body) : null;
  if (!photo) throw new AppError("validation_failed", "Send a JPEG, PNG or WebP photo.", [{ path: "body", message: "not an image" }]);
  const organisationId = membership.organisationId;
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await insertPhoto(tx, {
      organisationId,
      workshopId,
      caption: upload.caption,
      contentType: photo.contentType,
      byteSize: photo.data.length,
      data: photo.data,
      uploadedBy: session.user.id,
    });
    await auditAction(tx, session, organisationId, "workshop.photo_added", { type: "workshop", id: workshopId });
    return inserted;
  });
  return present(organisationId, workshopId, row);
}

export async function photoData(ctx: AppContext, organisationId: string, workshopId: string, photoId: string) {
  const row = await findPhotoData(ctx.db, organisationId, workshopId, photoId);
  if (!row) throw notFound("photo");
  return row;
}

export async function removePhoto(ctx: AppContext, session: CurrentSession, membership: Membership, workshopId: string, photoId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (!(await deletePhoto(tx, membership.organisationId, workshopId, photoId))) throw notFound("photo");
    await auditAction(tx, session, membership.organisationId, "workshop.photo_deleted", { type: "workshop", id: workshopId });
  });
}
