package org.crosscheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.domain.Source;
import org.crosscheck.domain.WorkbenchException;
import org.crosscheck.storage.DomainJson;
import org.crosscheck.storage.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck mapping SOURCE}: prints (or saves) a source's mapping and risk scale as a mapping file. */
@Command(name = "mapping", description = "Prints a source's saved mapping in the --mapping file format.")
final class MappingCommand implements Runnable {
    @ParentCommand
    CrosscheckCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SOURCE")
    String sourceName;
    @Option(names = "--out", paramLabel = "FILE.json", description = "Write to this file instead of the screen.")
    Path out;

    @Override
    public void run() {
        try (Workspace ws = root.openWorkspace()) {
            Source source = ws.sources().findByName(sourceName).orElseThrow(() ->
                    new WorkbenchException("There is no source named '" + sourceName + "'. See: crosscheck sources"));
            Map<String, Object> file = new LinkedHashMap<>();
            Map<String, String> columns = new LinkedHashMap<>();
            source.mapping().byHeader().forEach((h, f) -> columns.put(h, f.name()));
            Map<String, String> risk = new LinkedHashMap<>();
            source.riskScale().bands().forEach((v, b) -> risk.put(v, b.name()));
            file.put("columns", columns);
            file.put("risk", risk);
            String json = DomainJson.write(file);
            if (out == null) {
                spec.commandLine().getOut().println(json);
            } else {
                Files.writeString(out, json, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new WorkbenchException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
