package org.tongchou.adapter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tongchou.adapter.hub.EvidenceClient;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.HubKey;
import org.tongchou.verifier.PublicKeyPem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audit keys}: the hub's public signing keys, to pin with {@code audit verify --hub-key}.
 */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description =
        "Lists every key the hub ever signed checkpoints with, oldest first, and with --output writes each"
            + " as a PEM file (hub-key-<first 16 hex of its id>.pem) that openssl and `audit verify --hub-key` read.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:listed",
      "1:the hub refused",
      "2:the hub could not be reached, or a file could not be written"
    })
final class AuditKeysCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin HubOptions hub;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Write each key as a PEM file into this directory.")
  Path output;

  @Override
  public Integer call() {
    try (HubClient client = hub.connect()) {
      List<HubKey> keys = new EvidenceClient(client).keys();
      for (HubKey key : keys) {
        String line =
            "key "
                + key.keyId()
                + "  active from "
                + key.activatedAt()
                + (key.previousKeyId().isEmpty()
                    ? "  (first key)"
                    : "  replaces "
                        + key.previousKeyId()
                        + (key.endorsed() ? ", endorsed by it" : ", NOT endorsed by it"));
        if (output != null) {
          Files.createDirectories(output);
          Path file = output.resolve("hub-key-" + key.keyId().substring(0, 16) + ".pem");
          Files.writeString(file, PublicKeyPem.of(key.der()));
          line += "  -> " + file;
        }
        spec.commandLine().getOut().println(line);
      }
      return ExitCodes.OK;
    } catch (HubCallException e) {
      return HubRefusal.report("audit keys", e, spec.commandLine().getErr());
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("audit keys: cannot write into " + output + ": " + e.getMessage());
      return ExitCodes.NOT_DONE;
    }
  }
}
