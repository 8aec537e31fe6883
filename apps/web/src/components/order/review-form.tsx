"use client";

import { Alert, Button, FieldError, Label } from "@dishpatch/ui";
import { MAX_REVIEW_COMMENT_LENGTH } from "@dishpatch/validators";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";

import { apiProblem } from "~/lib/api-problem";
import { useTRPC } from "~/trpc/react";

/** 1–5 stars and a comment, once the order was delivered or picked up. */
export function ReviewForm({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState("");
  const [ratingMissing, setRatingMissing] = useState(false);
  const review = useMutation(
    trpc.order.review.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.order.byId.queryKey({ orderId }) }),
    }),
  );
  const failure = review.error ? apiProblem(review.error) : null;

  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (rating === 0) {
          setRatingMissing(true);
          return;
        }
        review.mutate({ orderId, rating, comment });
      }}
    >
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={ratingMissing ? `${id}-rating` : undefined}
      >
        <legend className="mb-1 font-semibold">How was it?</legend>
        <div className="flex gap-1">
          {[1, 2, 3, 4, 5].map((value) => (
            <label
              key={value}
              className="cursor-pointer rounded-md p-1 text-3xl leading-none has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring"
            >
              <input
                type="radio"
                name="rating"
                value={value}
                className="sr-only"
                checked={rating === value}
                onChange={() => {
                  setRating(value);
                  setRatingMissing(false);
                }}
              />
              <span aria-hidden="true" className={value <= rating ? "text-warning" : "text-border"}>
                ★
              </span>
              <span className="sr-only">
                {value} {value === 1 ? "star" : "stars"}
              </span>
            </label>
          ))}
        </div>
        <FieldError id={`${id}-rating`}>{ratingMissing ? "Choose 1 to 5 stars." : null}</FieldError>
      </fieldset>
      <div className="flex flex-col gap-2">
        <Label htmlFor={`${id}-comment`}>Comment (optional)</Label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          maxLength={MAX_REVIEW_COMMENT_LENGTH}
          value={comment}
          onChange={(event) => {
            setComment(event.target.value);
          }}
          className="w-full rounded-lg border border-border bg-background px-3 py-2 text-base focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring"
        />
      </div>
      {failure ? <Alert tone="danger">{failure.message}</Alert> : null}
      <Button type="submit" className="self-start" disabled={review.isPending}>
        {review.isPending ? "Sending…" : "Send review"}
      </Button>
    </form>
  );
}
