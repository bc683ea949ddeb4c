package io.supportcenter.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptSafeTest {

    private static final String TEAM = "</script><meta http-equiv=refresh content=0;url=//evil.example><!--\u2028\u2029 & co";

    @Test
    void nothingInTheJsonCanEndTheScriptOrItsLine() {
        String json = Json.createObjectBuilder().add("team", TEAM).build().toString();
        String safe = ScriptSafe.json(json);
        assertFalse(safe.contains("</"), safe);
        assertFalse(safe.contains("<!--"), safe);
        assertFalse(safe.contains("\u2028") || safe.contains("\u2029"), safe);
        assertEquals("{\"team\":\"\\u003c/script\\u003e\\u003cmeta http-equiv=refresh content=0;url=//evil.example\\u003e\\u003c!--"
                + "\\u2028\\u2029 \\u0026 co\"}", safe);
    }

    @Test
    void theJsonStillMeansTheSameText() {
        String safe = ScriptSafe.json(Json.createObjectBuilder().add("team", TEAM).build().toString());
        assertEquals(TEAM, Json.createReader(new StringReader(safe)).readObject().getString("team"));
    }
}
