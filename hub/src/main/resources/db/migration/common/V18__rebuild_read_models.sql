-- residence_view and birth_view ignored rulings on residence conflicts until this version (a ruling
-- re-folds the timeline, but the projection only rewrote a person's rows after a fact). The read
-- models share one processor, so all of them are emptied and its token removed: on start the
-- processor replays the event store from its first event into every read model again. Nothing here
-- is the source of truth; queries meanwhile say how far they are (as_of).
DELETE FROM obligation_view;
DELETE FROM residence_view;
DELETE FROM birth_view;
DELETE FROM conflict_view;
DELETE FROM token_entry WHERE processor_name = 'read-models';
