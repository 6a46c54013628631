import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';

const FORWARDED_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function nextBinary(rootDir: string): string {
  return createRequire(path.join(rootDir, 'package.json')).resolve('next/dist/bin/next');
}

/**
 * Runs `next <args>` with this process's environment, forwarding stop signals so the
 * caller outlives it and can clean up; resolves with its exit code.
 */
export function runNext(rootDir: string, args: string[], onSpawn?: (child: ChildProcess) => void): Promise<number> {
  const child = spawn(process.execPath, [nextBinary(rootDir), ...args], { cwd: rootDir, stdio: 'inherit', env: process.env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  onSpawn?.(child);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      for (const name of FORWARDED_SIGNALS) process.off(name, forward);
      resolve(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1));
    });
    child.on('error', () => resolve(1));
  });
}

/** True when something already accepts connections on localhost:`port`. */
export function isPortInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: 'localhost' });
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Resolves true once something listens on `port`, false if `child` exits first. */
export async function waitUntilListening(port: number, child: ChildProcess): Promise<boolean> {
  while (child.exitCode === null && child.signalCode === null) {
    if (await isPortInUse(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}
