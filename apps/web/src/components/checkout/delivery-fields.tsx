import { FieldError, Label } from "@dishpatch/ui";
import { MAX_DELIVERY_ADDRESS_LENGTH, MAX_ORDER_NOTES_LENGTH } from "@dishpatch/validators";
import { useId } from "react";

interface Props {
  delivery: boolean;
  address: string;
  notes: string;
  onAddress: (value: string) => void;
  onNotes: (value: string) => void;
  addressError: string | undefined;
  notesError: string | undefined;
}

const area =
  "w-full rounded-lg border border-border bg-background px-3 py-2 text-base shadow-xs focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring aria-invalid:border-danger";

/** Where the order goes (delivery only) and notes for the kitchen or the driver. */
export function DeliveryFields(props: Props) {
  const id = useId();
  return (
    <div className="flex flex-col gap-4">
      {props.delivery ? (
        <div className="flex flex-col gap-2">
          <Label htmlFor={`${id}-address`}>Delivery address</Label>
          <textarea
            id={`${id}-address`}
            name="deliveryAddress"
            rows={3}
            required
            autoComplete="street-address"
            maxLength={MAX_DELIVERY_ADDRESS_LENGTH}
            value={props.address}
            onChange={(event) => {
              props.onAddress(event.target.value);
            }}
            aria-invalid={props.addressError ? true : undefined}
            aria-describedby={props.addressError ? `${id}-address-error` : undefined}
            className={area}
          />
          <FieldError id={`${id}-address-error`}>{props.addressError}</FieldError>
        </div>
      ) : null}
      <div className="flex flex-col gap-2">
        <Label htmlFor={`${id}-notes`}>Notes (optional)</Label>
        <textarea
          id={`${id}-notes`}
          name="notes"
          rows={2}
          maxLength={MAX_ORDER_NOTES_LENGTH}
          value={props.notes}
          onChange={(event) => {
            props.onNotes(event.target.value);
          }}
          placeholder={props.delivery ? "Ring twice, leave at the door…" : "Allergies, cutlery…"}
          aria-invalid={props.notesError ? true : undefined}
          aria-describedby={props.notesError ? `${id}-notes-error` : undefined}
          className={area}
        />
        <FieldError id={`${id}-notes-error`}>{props.notesError}</FieldError>
      </div>
    </div>
  );
}
