package org.tongchou.hub.stream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tongchou.hub.person.app.ConfirmIdentityLink;
import org.tongchou.hub.person.app.DisputeObligation;
import org.tongchou.hub.person.app.EndIdentityLink;
import org.tongchou.hub.person.app.ErasePerson;
import org.tongchou.hub.person.app.RecordPersonFact;
import org.tongchou.hub.person.app.ReevaluateObligations;
import org.tongchou.hub.person.app.RequestIdentityLink;
import org.tongchou.hub.person.app.RuleOnConflict;
import org.tongchou.hub.person.app.RuleOnDispute;
import org.tongchou.hub.person.app.WaiveObligation;

/** The person's aggregate finds each command's target as Axon's annotation resolver would. */
class PersonCommandTargetsTest {

  static List<Class<? extends Record>> personCommands() {
    return List.of(
        RecordPersonFact.class,
        RuleOnConflict.class,
        WaiveObligation.class,
        DisputeObligation.class,
        RuleOnDispute.class,
        RequestIdentityLink.class,
        ConfirmIdentityLink.class,
        EndIdentityLink.class,
        ReevaluateObligations.class,
        ErasePerson.class);
  }

  /** A command of {@code type} whose string components all hold their own name. */
  static Object commandOf(Class<? extends Record> type) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] =
          types[i] == String.class
              ? components[i].getName()
              : types[i] == boolean.class ? false : null;
    }
    Constructor<? extends Record> constructor = type.getDeclaredConstructor(types);
    return constructor.newInstance(values);
  }

  @ParameterizedTest
  @MethodSource("personCommands")
  void everyPersonCommandIsSentToTheSamePersonAsAxonsAnnotationResolverSendsIt(
      Class<? extends Record> type) throws Exception {
    var message = GenericCommandMessage.asCommandMessage(commandOf(type));

    VersionedAggregateIdentifier ours = new PersonCommandTargets().resolveTarget(message);

    VersionedAggregateIdentifier axons =
        AnnotationCommandTargetResolver.builder().build().resolveTarget(message);
    assertThat(ours.getIdentifier()).isEqualTo(axons.getIdentifier());
    assertThat(ours.getVersion()).isNull();
    assertThat(axons.getVersion()).isNull();
  }

  @Test
  void aCommandWithoutAPersonKeyIsRefusedAsAxonRefusesIt() {
    var message = GenericCommandMessage.asCommandMessage(new RecordPersonFact(null, null));

    assertThatThrownBy(() -> new PersonCommandTargets().resolveTarget(message))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> AnnotationCommandTargetResolver.builder().build().resolveTarget(message))
        .isInstanceOf(IllegalArgumentException.class);
  }

  record Versioned(
      @TargetAggregateIdentifier String personKey, @TargetAggregateVersion Long version) {}

  @Test
  void aCommandCarryingAnExpectedVersionIsRefusedRatherThanJudgedWithoutIt() {
    var message = GenericCommandMessage.asCommandMessage(new Versioned("p", 3L));

    assertThatThrownBy(() -> new PersonCommandTargets().resolveTarget(message))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected version");
  }
}
