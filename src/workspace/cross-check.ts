/**
 * What the workspace file's schema cannot check record by record (SPEC §3): unique usernames,
 * artifact names, version numbers and run ids; an alias on one version only; a run's user and
 * artifact references that exist. Written defensively, so that it can run, and report, even where
 * the schema found problems.
 */
import { didYouMean } from "../suggest.js";
import { ARTIFACT_REF, isCount, isNonEmptyString, isObject } from "./quick-check.js";

/** A place in the file: keys and indices from its root. */
export type Path = (string | number)[];

/** A problem with a file, at its place. */
export interface Problem {
  path: Path;
  message: string;
}

/** What one record cannot tell alone: uniqueness and references. Reads only what it has checked. */
export function crossCheck(file: Record<string, unknown>, problems: Problem[]): void {
  const report = (path: Path, message: string) => problems.push({ path, message });

  // Users: unique usernames.
  const users = file["users"] === undefined ? [] : file["users"];
  const usernames = new Map<string, number>();
  let usersKnown = Array.isArray(users);
  if (Array.isArray(users)) {
    users.forEach((user, i) => {
      const username = isObject(user) ? user["username"] : undefined;
      if (!isNonEmptyString(username)) {
        usersKnown = false;
        return;
      }
      const first = usernames.get(username);
      if (first !== undefined) report(["users", i, "username"], `duplicate username ${q(username)} (first at users[${first}])`);
      else usernames.set(username, i);
    });
  }

  // Artifacts: unique names, unique version numbers, an alias on one version only.
  const artifacts = file["artifacts"] === undefined ? [] : file["artifacts"];
  /** Per artifact name, its version numbers, or undefined where they could not all be read. */
  const artifactVersions = new Map<string, Set<number> | undefined>();
  let artifactsKnown = Array.isArray(artifacts);
  if (Array.isArray(artifacts)) {
    artifacts.forEach((artifact, i) => {
      const name = isObject(artifact) ? artifact["name"] : undefined;
      if (!isNonEmptyString(name)) {
        artifactsKnown = false;
        return;
      }
      if (artifactVersions.has(name)) {
        const first = artifacts.findIndex((a) => isObject(a) && a["name"] === name);
        report(["artifacts", i, "name"], `duplicate artifact name ${q(name)} (first at artifacts[${first}])`);
        return;
      }
      const versions = (artifact as Record<string, unknown>)["versions"];
      if (!Array.isArray(versions)) {
        artifactVersions.set(name, undefined);
        return;
      }
      const numbers = new Map<number, number>();
      const aliases = new Map<string, [versionIndex: number, aliasIndex: number]>();
      let complete = true;
      versions.forEach((version, j) => {
        const number = isObject(version) ? version["version"] : undefined;
        if (!isCount(number)) {
          complete = false;
        } else {
          const first = numbers.get(number);
          if (first !== undefined) report(["artifacts", i, "versions", j, "version"], `duplicate version ${number} (first at artifacts[${i}].versions[${first}])`);
          else numbers.set(number, j);
        }
        const versionAliases = isObject(version) ? version["aliases"] : undefined;
        if (!Array.isArray(versionAliases)) return;
        versionAliases.forEach((alias, k) => {
          if (!isNonEmptyString(alias)) return;
          const seen = aliases.get(alias);
          if (seen === undefined) {
            aliases.set(alias, [j, k]);
          } else if (seen[0] === j) {
            report(["artifacts", i, "versions", j, "aliases", k], `duplicate alias ${q(alias)}`);
          } else {
            const other = (versions[seen[0]] as Record<string, unknown>)["version"];
            const which = isCount(other) ? `version ${other}` : "another version";
            report(["artifacts", i, "versions", j, "aliases", k], `alias ${q(alias)} is already on ${which} (artifacts[${i}].versions[${seen[0]}])`);
          }
        });
      });
      artifactVersions.set(name, complete ? new Set(numbers.keys()) : undefined);
    });
  }

  // Runs: unique ids, users and artifact versions that exist.
  const runs = file["runs"];
  if (!Array.isArray(runs)) return;
  const ids = new Map<string, number>();
  runs.forEach((run, i) => {
    if (!isObject(run)) return;
    const id = run["id"];
    if (isNonEmptyString(id)) {
      const first = ids.get(id);
      if (first !== undefined) report(["runs", i, "id"], `duplicate run id ${q(id)} (first at runs[${first}])`);
      else ids.set(id, i);
    }
    const user = run["user"];
    if (usersKnown && isNonEmptyString(user) && !usernames.has(user)) {
      report(["runs", i, "user"], `no user ${q(user)} in users${didYouMean(user, usernames.keys())}`);
    }
    if (!artifactsKnown) return;
    for (const key of ["loggedArtifacts", "usedArtifacts"] as const) {
      const refs = run[key];
      if (!Array.isArray(refs)) continue;
      refs.forEach((ref, j) => {
        const match = typeof ref === "string" ? ARTIFACT_REF.exec(ref) : null;
        if (match === null) return;
        const name = match[1]!;
        const number = Number(match[2]);
        if (!artifactVersions.has(name)) {
          report(["runs", i, key, j], `no artifact ${q(name)}${didYouMean(name, artifactVersions.keys())}`);
          return;
        }
        const numbers = artifactVersions.get(name);
        if (numbers !== undefined && !numbers.has(number)) report(["runs", i, key, j], `artifact ${q(name)} has no version ${number}`);
      });
    }
  });
}

function q(s: string): string {
  return JSON.stringify(s);
}
