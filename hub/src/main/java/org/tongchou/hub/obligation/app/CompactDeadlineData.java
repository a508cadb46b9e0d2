package org.tongchou.hub.obligation.app;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;

/**
 * db-scheduler's task data ({@code scheduled_tasks.task_data}) for Axon's deadlines, written as
 * their seven fields and nothing else (issue #15). Java serialization, db-scheduler's default,
 * spent about 200 of a wake-up's 540 bytes on describing the class {@link
 * DbSchedulerBinaryDeadlineDetails} and its fields, in each of the three rows a new person's
 * arrival schedules.
 *
 * <p>The first byte tells the two apart: {@link #FORMAT} here, 0xAC for Java serialization's stream
 * header. So rows written before this (and any other task's data, still written by Java
 * serialization) are read as they always were, and nothing needs migrating.
 */
final class CompactDeadlineData implements Serializer {

  /** The first byte of this format (never 0xAC, Java serialization's first). */
  static final byte FORMAT = 1;

  private final Serializer others;

  CompactDeadlineData(Serializer others) {
    this.others = others;
  }

  @Override
  public byte[] serialize(Object data) {
    if (!(data instanceof DbSchedulerBinaryDeadlineDetails details)) {
      return others.serialize(data);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(384);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      text(out, details.getD());
      binary(out, details.getS());
      text(out, details.getSc());
      binary(out, details.getP());
      text(out, details.getPc());
      text(out, details.getR());
      binary(out, details.getM());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @Override
  public <T> T deserialize(Class<T> type, byte[] data) {
    if (data == null || data.length == 0 || data[0] != FORMAT) {
      return others.deserialize(type, data);
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data, 1, data.length))) {
      return type.cast(
          new DbSchedulerBinaryDeadlineDetails(
              text(in), binary(in), text(in), binary(in), text(in), text(in), binary(in)));
    } catch (IOException e) {
      throw new UncheckedIOException("task_data of a deadline in format " + FORMAT, e);
    }
  }

  private static void text(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  private static String text(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void binary(DataOutputStream out, byte[] value) throws IOException {
    out.writeInt(value == null ? -1 : value.length);
    if (value != null) {
      out.write(value);
    }
  }

  private static byte[] binary(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    byte[] value = new byte[length];
    in.readFully(value);
    return value;
  }
}
