package uk.arcs.forecast.jdbc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.arcs.common.RuleRefusedException;
import uk.arcs.forecast.SavedScenario;
import uk.arcs.forecast.ScenarioBook;
import uk.arcs.forecast.WhatIfChange;
import uk.arcs.forecast.WhatIfChangeRow;

@Repository
class JdbcScenarioBook implements ScenarioBook {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcScenarioBook(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional
    public SavedScenario save(SavedScenario scenario) {
        if (find(scenario.force(), scenario.name()).isPresent()) {
            throw new RuleRefusedException("ScenarioNamesAreKept", "a scenario called '" + scenario.name()
                    + "' exists already; saved scenarios are never overwritten, so choose another name");
        }
        long id = jdbc.sql("select coalesce(max(id), 0) + 1 from what_if_scenario").query(Long.class).single();
        List<WhatIfChangeRow> changes = scenario.changes().stream().map(WhatIfChangeRow::of).toList();
        jdbc.sql("""
                insert into what_if_scenario (id, force_code, name, at_instant, changes, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, scenario.force(), scenario.name(), scenario.at().atOffset(ZoneOffset.UTC),
                        json.writeValueAsString(changes), scenario.createdBy(),
                        scenario.createdAt().atOffset(ZoneOffset.UTC))
                .update();
        return new SavedScenario(id, scenario.force(), scenario.name(), scenario.at(), scenario.changes(),
                scenario.createdBy(), scenario.createdAt());
    }

    @Override
    public Optional<SavedScenario> find(String force, String name) {
        return jdbc.sql("select * from what_if_scenario where force_code = ? and name = ?").params(force, name)
                .query((rs, n) -> map(rs)).optional();
    }

    @Override
    public List<SavedScenario> list(String force) {
        return jdbc.sql("select * from what_if_scenario where force_code = ? order by created_at, id").param(force)
                .query((rs, n) -> map(rs)).list();
    }

    private SavedScenario map(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<WhatIfChangeRow> changes = json.readValue(rs.getString("changes"), new TypeReference<List<WhatIfChangeRow>>() { });
        return new SavedScenario(rs.getLong("id"), rs.getString("force_code"), rs.getString("name"),
                rs.getObject("at_instant", OffsetDateTime.class).toInstant(),
                changes.stream().map(WhatIfChangeRow::change).toList(), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
