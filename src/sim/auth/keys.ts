/**
 * The demo tenant's RS256 signing key: generated at first start and kept in the data folder
 * (`signing-key.json`, never committed), or only in memory when there is no data folder.
 */
import { exportJWK, generateKeyPair, importJWK, calculateJwkThumbprint, type JWK, type CryptoKey } from 'jose';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataFileError } from '../persistence.js';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public half as published in the JWKS (`kty`, `n`, `e`, `kid`, `use`, `alg`). */
  publicJwk: JWK;
}

const KEY_FILE = 'signing-key.json';

async function fromPrivateJwk(jwk: JWK): Promise<SigningKey> {
  const privateKey = (await importJWK(jwk, 'RS256')) as CryptoKey;
  const kid = jwk.kid ?? (await calculateJwkThumbprint(jwk));
  const publicJwk: JWK = { kty: 'RSA', use: 'sig', alg: 'RS256', kid, n: jwk.n, e: jwk.e };
  const publicKey = (await importJWK(publicJwk, 'RS256')) as CryptoKey;
  return { kid, privateKey, publicKey, publicJwk };
}

async function generate(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  jwk.kid = await calculateJwkThumbprint(jwk);
  return jwk;
}

export async function loadOrCreateSigningKey(dataDir: string | undefined): Promise<SigningKey> {
  if (dataDir === undefined) return fromPrivateJwk(await generate());
  const file = join(dataDir, KEY_FILE);
  try {
    return await fromPrivateJwk(JSON.parse(await readFile(file, 'utf8')) as JWK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new DataFileError(
        file,
        `is not a readable signing key (${((e as NodeJS.ErrnoException).code ?? (e as Error).message).split('\n')[0]}); deleting it makes a new one, which ends every issued token`,
      );
    }
  }
  const jwk = await generate();
  await mkdir(dataDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(jwk), { encoding: 'utf8', mode: 0o600 });
  await rename(tmp, file);
  return fromPrivateJwk(jwk);
}
