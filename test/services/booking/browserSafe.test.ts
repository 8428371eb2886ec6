/**
 * The booking service runs in the Teams tab and the Outlook add-in as well as in Node: bundled for the
 * browser, nothing it pulls in (uuid for transactionIds included) may be a Node built-in.
 */
import { describe, expect, it } from '@jest/globals';
import esbuild from 'esbuild';

describe('src/services/booking in the browser', () => {
  it('bundles for the browser with no Node built-in anywhere in its import graph', async () => {
    const { errors, metafile } = await esbuild.build({
      entryPoints: ['src/services/booking/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(errors).toEqual([]);
    const inputs = Object.keys(metafile!.inputs);
    expect(inputs).toEqual(expect.arrayContaining(['src/services/booking/bookPlan.ts', 'src/core/booking/identifiers.ts', 'node_modules/uuid/dist/v5.js']));
    expect(inputs.filter((p) => /^node:|(^|\/)(fs|net|http|https|crypto|child_process)(\.js)?$/.test(p))).toEqual([]);
  });
});
