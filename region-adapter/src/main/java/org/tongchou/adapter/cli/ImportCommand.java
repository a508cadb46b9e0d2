package org.tongchou.adapter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tongchou.adapter.facts.FactFile;
import org.tongchou.adapter.facts.FactFileReader;
import org.tongchou.adapter.facts.HistoryKeys;
import org.tongchou.adapter.facts.MappedFact;
import org.tongchou.adapter.facts.Refusal;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.onboarding.HistoryImport;
import org.tongchou.adapter.onboarding.HistoryOrder;
import org.tongchou.adapter.onboarding.ImportJournal;
import org.tongchou.adapter.onboarding.ImportRefusal;
import org.tongchou.adapter.onboarding.JournalException;
import org.tongchou.adapter.onboarding.SourcedFact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE...}: onboards a region's history, grouped by person and in business-date
 * order, resumable after a crash with exactly one outcome per fact.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports a region's history (FACTS.md JSON Lines files) into the hub: every fact of one person"
          + " together and in business-date order, the persons by their first date. Shows a progress"
          + " bar with the time left. Resumable: run the same command again after a crash or Ctrl-C and"
          + " it goes on from its checkpoint (in --state), each fact ending with exactly one outcome."
          + " Refused lines are listed at the end (FILE:LINE recordId field code reason) and do not"
          + " stop the import. The feed marks what an import records, so that regions can leave it out"
          + " (`tail --skip-imported`, feed.skip-imported for `run`)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every fact accepted or a duplicate",
      "1:some lines were refused (the others went through)",
      "2:the import stopped before the end (run it again to resume), or bad usage"
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "JSON Lines files, UTF-8, one fact per line; together they are one history.")
  List<Path> files;

  @Mixin HubOptions hub;

  @Option(
      names = "--region",
      required = true,
      paramLabel = "CODE",
      description = "The region you import as, for the summary; the hub decides from the token.")
  String region;

  @Option(
      names = "--state",
      paramLabel = "DIR",
      description =
          "Where the import keeps its checkpoint and every outcome with its receipt"
              + " (default: FILE.import beside the first file). Keep it until the import is done.")
  Path state;

  @Option(
      names = "--streams",
      paramLabel = "N",
      defaultValue = "2",
      description =
          "Parallel Submit streams, 1 to 16 (default ${DEFAULT-VALUE}); a person stays on one.")
  int streams;

  @Option(
      names = "--chunk",
      paramLabel = "FACTS",
      defaultValue = "10000",
      description = "Facts between two checkpoints (default ${DEFAULT-VALUE}).")
  int chunk;

  @Mixin PushOptions pushing;

  @Override
  public Integer call() throws InterruptedException {
    pushing.validate();
    if (streams < 1 || streams > 16 || chunk < 1) {
      throw new ParameterException(
          spec.commandLine(), "--streams must be 1 to 16 and --chunk at least 1");
    }
    PrintWriter err = spec.commandLine().getErr();
    List<SourcedFact> facts = new ArrayList<>();
    List<ImportRefusal> unreadable = new ArrayList<>();
    for (int source = 0; source < files.size(); source++) {
      FactFile file;
      try {
        file = new FactFileReader().read(files.get(source));
      } catch (IOException e) {
        err.println("import: cannot read " + files.get(source) + ": " + e);
        return ExitCodes.NOT_DONE;
      }
      for (MappedFact fact : file.facts()) {
        facts.add(new SourcedFact(source, fact));
      }
      for (Refusal r : file.refusals()) {
        unreadable.add(
            new ImportRefusal(source, r.line(), r.recordId(), r.field(), r.code(), r.reason()));
      }
    }
    List<SourcedFact> ordered = HistoryOrder.of(facts);
    Path dir = state != null ? state : Path.of(files.get(0) + ".import");
    HistoryImport.Result result;
    ConsoleProgress progress = ConsoleProgress.withEta(err, "imported %,d of %,d facts");
    try (HubClient client = hub.connect()) {
      ImportJournal journal =
          ImportJournal.open(
              dir,
              HistoryKeys.digest(ordered.stream().map(SourcedFact::fact).toList()),
              ordered.size());
      if (journal.done() > 0) {
        err.printf(
            "import: resuming after %,d of %,d facts (%s)%n", journal.done(), ordered.size(), dir);
      }
      result =
          new HistoryImport(pushing.pusher(client), streams, chunk)
              .run(ordered, journal, progress::reached);
    } catch (JournalException e) {
      err.println("import: " + e.getMessage());
      return ExitCodes.NOT_DONE;
    } finally {
      progress.finish();
    }
    return report(result, unreadable, dir);
  }

  private int report(HistoryImport.Result result, List<ImportRefusal> unreadable, Path dir) {
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Imported "
            + String.join(", ", files.stream().map(Path::toString).toList())
            + " as region "
            + region
            + " to "
            + hub.address
            + " (state in "
            + dir
            + ")");
    long refused = result.refused() + unreadable.size();
    out.printf("  accepted   %,11d%n", result.accepted());
    out.printf("  duplicate  %,11d%n", result.duplicate());
    out.printf("  refused    %,11d%n", refused);
    if (result.notSent() > 0) {
      out.printf("  not sent   %,11d   (run the same command again to resume)%n", result.notSent());
    }
    List<ImportRefusal> all = new ArrayList<>(unreadable);
    all.addAll(result.refusals());
    if (!all.isEmpty()) {
      out.println("Refusals:");
      for (ImportRefusal r : all) {
        out.printf(
            "%s:%d  %s  %s  %s  %s%n",
            TerminalText.escape(files.get(r.source()).toString()),
            r.line(),
            TerminalText.escape(r.recordId()),
            TerminalText.escape(r.field()),
            r.code(),
            TerminalText.escape(r.reason()));
      }
    }
    result
        .failure()
        .ifPresent(
            why ->
                spec.commandLine()
                    .getErr()
                    .println(
                        "import: stopped with "
                            + result.notSent()
                            + " facts not sent: "
                            + why
                            + "; run the same command again to resume"));
    if (result.notSent() > 0) {
      return ExitCodes.NOT_DONE;
    }
    return refused > 0 ? ExitCodes.REFUSED : ExitCodes.OK;
  }
}
