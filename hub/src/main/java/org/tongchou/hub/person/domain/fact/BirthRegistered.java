package org.tongchou.hub.person.domain.fact;

import java.util.Set;
import org.tongchou.hub.person.domain.IdNumber;

/** A birth registered in real name; the fact's person is the parent. */
public record BirthRegistered(Child child) implements FactData {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.birthRegistered(this);
  }

  @Override
  public void check(Checks checks) {
    if (child == null) {
      checks.fail("child", "required");
      return;
    }
    checks.oneOf("child.sex", child.sex(), Set.of("M", "F"));
    checks.presentDate("child.bornOn", child.bornOn());
    checks.notFuture("child.bornOn", child.bornOn());
    checks.range("child.birthOrder", child.birthOrder(), 1, 20);
    if (child.idNumber() != null && !child.idNumber().isEmpty()) {
      var parsed = IdNumber.parse(child.idNumber());
      if (!parsed.isValid()) {
        checks.fail("child.idNumber", parsed.problem());
      } else if (child.sex() != null && !parsed.number().sex().name().equals(child.sex())) {
        checks.fail("child.sex", "'" + child.sex() + "' disagrees with the child's ID number");
      }
    }
  }
}
