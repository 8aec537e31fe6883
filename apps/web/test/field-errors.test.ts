/**
 * Which field an edit came from, for clearing that field's error (use-field-errors.ts). The
 * form's onChange sees inputs, selects and textareas alike; each is an EventTarget carrying
 * its `name` (as the DOM's controls do), and all three kinds must clear the same way. It used
 * to recognise inputs only, so select and textarea errors stayed until the next submit.
 */
import { describe, expect, it } from "vitest";

import { editedField } from "../src/components/form/use-field-errors";

const fields = ["name", "currency", "description"] as const;

/** A stand-in for a form control in node, where there is no DOM: an event target with a name. */
function control(name: unknown): EventTarget {
  return Object.assign(new EventTarget(), { name });
}

describe("editedField", () => {
  it("names the field of any named control the form knows", () => {
    expect(editedField(control("name"), fields)).toBe("name");
    expect(editedField(control("currency"), fields)).toBe("currency");
    expect(editedField(control("description"), fields)).toBe("description");
  });

  it("ignores controls of other names and targets without a name", () => {
    expect(editedField(control("password"), fields)).toBeUndefined();
    expect(editedField(control(undefined), fields)).toBeUndefined();
    expect(editedField(control(3), fields)).toBeUndefined();
    expect(editedField(new EventTarget(), fields)).toBeUndefined();
  });
});
