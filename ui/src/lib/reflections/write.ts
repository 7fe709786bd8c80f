// The one way to begin writing: start a reflection (on an activity, if given) and open it.
import type { Activity } from "../ipc/bindings";
import { navigation } from "../shell/navigation.svelte";
import { attempt } from "../shell/toast.svelte";
import { startReflection } from "./service";

export function writeReflection(activity?: Activity): Promise<void> {
  return attempt(async () => {
    const reflection = await startReflection(activity);
    await navigation.go({ name: "reflection", id: reflection.id });
  });
}
