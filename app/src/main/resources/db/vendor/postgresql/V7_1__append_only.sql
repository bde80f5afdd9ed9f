-- PostgreSQL refuses any UPDATE, DELETE or TRUNCATE of the append-only logs itself, whoever asks.
-- (The embedded H2 database has no such triggers; ARCS never updates or deletes these rows either way.)

create function arcs_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'ARCS: % on % is refused: the table is append-only', tg_op, tg_table_name
        using errcode = 'insufficient_privilege',
              hint = 'record a correction as a new event instead';
end;
$$;

create trigger officer_event_append_only before update or delete on officer_event
    for each row execute function arcs_refuse_change();
create trigger officer_event_no_truncate before truncate on officer_event
    for each statement execute function arcs_refuse_change();

create trigger posture_event_append_only before update or delete on posture_event
    for each row execute function arcs_refuse_change();
create trigger posture_event_no_truncate before truncate on posture_event
    for each statement execute function arcs_refuse_change();

create trigger mutual_aid_event_append_only before update or delete on mutual_aid_event
    for each row execute function arcs_refuse_change();
create trigger mutual_aid_event_no_truncate before truncate on mutual_aid_event
    for each statement execute function arcs_refuse_change();

create trigger military_event_append_only before update or delete on military_event
    for each row execute function arcs_refuse_change();
create trigger military_event_no_truncate before truncate on military_event
    for each statement execute function arcs_refuse_change();

create trigger decision_append_only before update or delete on decision
    for each row execute function arcs_refuse_change();
create trigger decision_no_truncate before truncate on decision
    for each statement execute function arcs_refuse_change();

create trigger firearms_operation_append_only before update or delete on firearms_operation
    for each row execute function arcs_refuse_change();
create trigger firearms_operation_no_truncate before truncate on firearms_operation
    for each statement execute function arcs_refuse_change();

create trigger what_if_scenario_append_only before update or delete on what_if_scenario
    for each row execute function arcs_refuse_change();
create trigger what_if_scenario_no_truncate before truncate on what_if_scenario
    for each statement execute function arcs_refuse_change();

create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function arcs_refuse_change();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function arcs_refuse_change();
