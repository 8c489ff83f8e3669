/**
 * Photos of paper walls are decoded and re-encoded before they are stored (decision 0006): what
 * is kept is the pixels, drawn again by libvips (sharp) — never the bytes the browser sent. Bytes
 * appended to an image or hidden in its metadata (an HTML or script payload, a polyglot file) do
 * not survive; metadata (EXIF, GPS position, ICC comments) is dropped; a photo larger than
 * `maxPhotoSide` is scaled down; anything that does not decode completely as JPEG, PNG or WebP
 * is refused.
 */
import sharp, { type Sharp } from "sharp";

/** The longest side kept: enough to read sticky notes on a wall photographed by a phone. */
export const maxPhotoSide = 3000;
/** Pixels decoded at most (a decompression bomb is refused before it fills the memory). */
const maxInputPixels = 50_000_000;

const outputs = {
  jpeg: { contentType: "image/jpeg", encode: (image: Sharp) => image.jpeg({ quality: 85, mozjpeg: true }) },
  png: { contentType: "image/png", encode: (image: Sharp) => image.png({ compressionLevel: 8 }) },
  webp: { contentType: "image/webp", encode: (image: Sharp) => image.webp({ quality: 85 }) },
} as const;

export type ReencodedPhoto = { data: Buffer; contentType: string; width: number; height: number };

/**
 * Decodes `body` and encodes it again in its own format (JPEG, PNG or WebP), turned upright,
 * without metadata, at most `maxPhotoSide` pixels on its longest side. Null when it is not a
 * complete image of one of those formats.
 */
export async function reencodePhoto(body: Buffer): Promise<ReencodedPhoto | null> {
  try {
    const options = { failOn: "error", limitInputPixels: maxInputPixels, animated: false } as const;
    const { format } = await sharp(body, options).metadata();
    const output = format && format in outputs ? outputs[format as keyof typeof outputs] : null;
    if (!output) return null;
    const image = sharp(body, options).rotate().resize({ width: maxPhotoSide, height: maxPhotoSide, fit: "inside", withoutEnlargement: true });
    const { data, info } = await output.encode(image).toBuffer({ resolveWithObject: true });
    return { data, contentType: output.contentType, width: info.width, height: info.height };
  } catch {
    return null;
  }
}
