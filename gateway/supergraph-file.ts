import fs from 'node:fs';
import path from 'node:path';
import type { SupergraphSdlHook } from '@apollo/gateway';

/** Where reloads are reported: the gateway's pino logger. */
export interface ReloadLog {
  info(message: string): void;
  error(message: string): void;
}

export interface SupergraphFile {
  /** What `ApolloGateway`'s `supergraphSdl` takes: the file's SDL now, and `update` on every change. */
  hook: SupergraphSdlHook;
  /** Reads the file again (SIGHUP); answers whether the gateway serves the file's supergraph now. */
  reload(reason: string): boolean;
}

// An editor or `npm run schema` writes a file in several steps, each an event: one reload for all.
const DEBOUNCE_MS = 100;

/**
 * A supergraph file that the gateway follows. The folder is watched rather than the file: editors,
 * `mv` and Kubernetes ConfigMaps replace the file, and a watch on a replaced file goes silent.
 * A file that does not build a supergraph is refused with a log line; the gateway keeps the old one.
 */
export function supergraphFile(file: string, log: ReloadLog): SupergraphFile {
  const absolute = path.resolve(file);
  let update: ((sdl: string) => void) | undefined;
  let current: string | undefined;

  const reload = (reason: string): boolean => {
    if (!update) return false;
    let sdl: string;
    try {
      sdl = fs.readFileSync(absolute, 'utf8');
    } catch (error) {
      log.error(`supergraph not reloaded (${reason}): cannot read ${absolute}: ${(error as Error).message}`);
      return false;
    }
    if (sdl === current) return true;
    try {
      // The gateway builds the new supergraph before it switches, and throws if it cannot.
      update(sdl);
    } catch (error) {
      log.error(`supergraph refused (${reason}), the previous one keeps serving: ${(error as Error).message}`);
      return false;
    }
    current = sdl;
    log.info(`supergraph reloaded from ${absolute} (${reason})`);
    return true;
  };

  const hook: SupergraphSdlHook = async (options) => {
    current = fs.readFileSync(absolute, 'utf8');
    update = options.update;
    let timer: NodeJS.Timeout | undefined;
    const watcher = fs.watch(path.dirname(absolute), () => {
      clearTimeout(timer);
      timer = setTimeout(() => reload('file changed'), DEBOUNCE_MS);
    });
    // A folder that goes away (an unmounted volume) ends the watch, not the gateway: SIGHUP still reloads.
    watcher.on('error', (error) => log.error(`supergraph folder no longer watched: ${error.message}`));
    return {
      supergraphSdl: current,
      cleanup: async () => {
        clearTimeout(timer);
        watcher.close();
        update = undefined;
      },
    };
  };

  return { hook, reload };
}
