-- Every event belongs to a service, with or without a young person, so the relay's on/off
-- switch, the relay log and the 72-hour dashboard cover anonymous answers, carers' complaints
-- and other events about no one. Events stored before this learn theirs from what they name.
ALTER TABLE outbox_events ADD COLUMN service_id TEXT;
UPDATE outbox_events SET service_id = (SELECT service_id FROM people WHERE people.id = outbox_events.young_person_id)
 WHERE young_person_id IS NOT NULL;
UPDATE outbox_events SET service_id = (SELECT service_id FROM surveys WHERE surveys.id = CAST(outbox_events.payload AS JSON) ->> 'survey_id')
 WHERE service_id IS NULL AND kind = 'survey.response';
UPDATE outbox_events SET service_id = (SELECT service_id FROM complaints WHERE complaints.id = CAST(outbox_events.payload AS JSON) ->> 'complaint_id')
 WHERE service_id IS NULL AND kind IN ('complaint.received', 'complaint.resolved');
UPDATE outbox_events SET service_id = (SELECT service_id FROM consultations WHERE consultations.id = CAST(outbox_events.payload AS JSON) ->> 'consultation_id')
 WHERE service_id IS NULL AND kind = 'voice.contribution';
CREATE INDEX outbox_events_service ON outbox_events (service_id, id);
