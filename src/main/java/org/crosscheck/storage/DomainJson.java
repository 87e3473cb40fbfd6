package org.crosscheck.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.domain.CanonicalField;
import org.crosscheck.domain.ColumnMapping;
import org.crosscheck.domain.RiskBand;
import org.crosscheck.domain.RiskScale;
import org.crosscheck.domain.WorkbenchException;

/**
 * The JSON forms of mappings and risk scales, as stored in the workspace and as read from a user's
 * {@code --mapping} file. A mapping is {@code {"columns": {"Premises Name": "BUSINESS_NAME", ...}}}
 * and may carry {@code "risk": {"0": "HIGH", ...}}. Thread-safe.
 */
public final class DomainJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };

    private DomainJson() {
    }

    public static ObjectMapper mapper() {
        return JSON;
    }

    public static String mappingToJson(ColumnMapping mapping) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        mapping.byHeader().forEach((h, f) -> columns.put(h, f.name()));
        root.put("columns", columns);
        return write(root);
    }

    public static String riskScaleToJson(RiskScale scale) {
        Map<String, String> bands = new LinkedHashMap<>();
        scale.bands().forEach((raw, band) -> bands.put(raw, band.name()));
        return write(bands);
    }

    /** Reads a mapping; {@code where} names the file or place for the error message. */
    public static ColumnMapping mappingFromJson(String json, String where) {
        Map<String, Object> root = read(json, where);
        Object columns = root.get("columns");
        if (!(columns instanceof Map<?, ?> map)) {
            throw new WorkbenchException(where + " has no \"columns\" object. Expected for example "
                    + "{\"columns\": {\"Premises Name\": \"BUSINESS_NAME\", \"Post Code\": \"POSTCODE\"}}");
        }
        LinkedHashMap<String, CanonicalField> fields = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getValue() == null || e.getValue().toString().isBlank()) {
                continue;
            }
            fields.put(e.getKey().toString(), parseField(e.getValue().toString(), where, e.getKey().toString()));
        }
        return new ColumnMapping(fields);
    }

    /** Reads the optional {@code "risk"} object of a mapping file; empty when absent. */
    public static RiskScale riskFromMappingJson(String json, String where) {
        Object risk = read(json, where).get("risk");
        return risk instanceof Map<?, ?> map ? riskFromMap(map, where) : RiskScale.empty();
    }

    public static RiskScale riskScaleFromJson(String json, String where) {
        return riskFromMap(read(json, where), where);
    }

    private static RiskScale riskFromMap(Map<?, ?> map, String where) {
        LinkedHashMap<String, RiskBand> bands = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            try {
                bands.put(e.getKey().toString(), RiskBand.valueOf(String.valueOf(e.getValue()).trim().toUpperCase()));
            } catch (IllegalArgumentException ex) {
                throw new WorkbenchException(where + ": risk value '" + e.getKey() + "' has band '" + e.getValue()
                        + "'. Use one of HIGH, MEDIUM, LOW, NONE, UNKNOWN.", ex);
            }
        }
        return new RiskScale(bands);
    }

    private static CanonicalField parseField(String name, String where, String header) {
        try {
            return CanonicalField.valueOf(name.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new WorkbenchException(where + ": column '" + header + "' is mapped to '" + name
                    + "', which is not a field. Use one of " + java.util.Arrays.toString(CanonicalField.values()), e);
        }
    }

    private static Map<String, Object> read(String json, String where) {
        try {
            Map<String, Object> map = JSON.readValue(json, OBJECT);
            return map == null ? Map.of() : map;
        } catch (JsonProcessingException e) {
            throw new WorkbenchException(where + " is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(), e);
        }
    }

    /** Writes any simple value (maps, lists, strings) as JSON. */
    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }
}
