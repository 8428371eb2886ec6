/**
 * The Teams tab and the Outlook add-in import the gateway in the browser, so src/graph and what it
 * pulls in must bundle for the browser: no Node built-ins anywhere in its import graph.
 */
import { describe, expect, it } from '@jest/globals';
import esbuild from 'esbuild';

describe('src/graph in the browser', () => {
  it('bundles for the browser platform without any Node built-in module', async () => {
    const result = await esbuild.build({
      entryPoints: ['src/graph/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs).toEqual(expect.arrayContaining(['src/graph/index.ts', 'src/core/time/zones.ts']));
    expect(inputs.filter((p) => /^node:|(^|\/)(fs|net|http|https|crypto|child_process)(\.js)?$/.test(p))).toEqual([]);
  });
});
