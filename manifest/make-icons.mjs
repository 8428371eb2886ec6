/**
 * Draws the app package icons Teams and Outlook require, so they are reproducible rather than opaque
 * binaries: color.png (192x192, full color) and outline.png (32x32, white on transparent), and the
 * Outlook ribbon's coloured icons (icon-16/32/80.png; an outline icon is invisible on a light ribbon)
 * and the mobile button's (icon-25/32/48.png), all served at /icons/.
 * Run: node manifest/make-icons.mjs
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}
/** RGBA PNG from a pixel function (x, y) => [r, g, b, a]. */
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) row.set(pixel(x + 0.5, y + 0.5), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** A clock face: ring, and hands at ten past ten (the classic, readable clock). */
function clockMark(x, y, size) {
  const c = size / 2;
  const dx = x - c;
  const dy = y - c;
  const r = Math.hypot(dx, dy) / c;
  const ring = r > 0.62 && r < 0.78;
  const onHand = (angle, length, width) => {
    const ux = Math.sin(angle);
    const uy = -Math.cos(angle);
    const along = (dx * ux + dy * uy) / c;
    const across = Math.abs(dx * uy - dy * ux) / c;
    return along > -0.05 && along < length && across < width;
  };
  return ring || onHand(((10 + 10 / 60) / 12) * 2 * Math.PI, 0.38, 0.06) || onHand((10 / 60) * 2 * Math.PI, 0.52, 0.045);
}

const BRAND = [0x11, 0x5e, 0xa3, 255]; // #115EA3, also the manifest's accentColor
const color = png(192, (x, y) => (clockMark(x, y, 192) ? [255, 255, 255, 255] : BRAND));
const outline = png(32, (x, y) => (clockMark(x, y, 32) ? [255, 255, 255, 255] : [0, 0, 0, 0]));
writeFileSync(new URL('./color.png', import.meta.url), color);
writeFileSync(new URL('./outline.png', import.meta.url), outline);
console.log(`color.png ${color.length} bytes, outline.png ${outline.length} bytes`);

/** A ribbon icon: the clock in white on a brand-coloured rounded square, readable on light and dark ribbons. */
function ribbonIcon(size) {
  const radius = size * 0.2;
  return png(size, (x, y) => {
    const dx = Math.max(radius - x, 0, x - (size - radius));
    const dy = Math.max(radius - y, 0, y - (size - radius));
    if (Math.hypot(dx, dy) > radius) return [0, 0, 0, 0];
    return clockMark(x, y, size) ? [255, 255, 255, 255] : BRAND;
  });
}
for (const size of [16, 25, 32, 48, 80]) {
  const icon = ribbonIcon(size);
  writeFileSync(new URL(`./icon-${size}.png`, import.meta.url), icon);
  console.log(`icon-${size}.png ${icon.length} bytes`);
}
