-- The logs added with situation reports, public statements and the identity vault are append-only too.
-- The identity vault's versions may be re-sealed under a new key (./arcs identity rekey): PostgreSQL lets an
-- UPDATE change only the seal (key id, nonce, ciphertext), never which officer, which version, who or when.

create trigger sitrep_append_only before update or delete on sitrep
    for each row execute function arcs_refuse_change();
create trigger sitrep_no_truncate before truncate on sitrep
    for each statement execute function arcs_refuse_change();

create trigger statement_event_append_only before update or delete on statement_event
    for each row execute function arcs_refuse_change();
create trigger statement_event_no_truncate before truncate on statement_event
    for each statement execute function arcs_refuse_change();

create trigger identity_access_append_only before update or delete on identity_access
    for each row execute function arcs_refuse_change();
create trigger identity_access_no_truncate before truncate on identity_access
    for each statement execute function arcs_refuse_change();

create trigger identity_rekey_append_only before update or delete on identity_rekey
    for each row execute function arcs_refuse_change();
create trigger identity_rekey_no_truncate before truncate on identity_rekey
    for each statement execute function arcs_refuse_change();

create function arcs_refuse_identity_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.force_code = old.force_code and new.cipher = old.cipher
            and new.version = old.version and new.recorded_at = old.recorded_at
            and new.recorded_by = old.recorded_by then
        return new;
    end if;
    raise exception 'ARCS: % on % is refused: the table is append-only', tg_op, tg_table_name
        using errcode = 'insufficient_privilege',
              hint = 'seal a new version instead; only a re-seal under a new key may change a row';
end;
$$;

create trigger identity_version_append_only before update or delete on identity_version
    for each row execute function arcs_refuse_identity_change();
create trigger identity_version_no_truncate before truncate on identity_version
    for each statement execute function arcs_refuse_change();
