package org.tongchou.adapter.hub;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import org.tongchou.proto.v1.ArrivalRegistered;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.GetTimelineRequest;
import org.tongchou.proto.v1.PersonsGrpc;
import org.tongchou.proto.v1.Receipt;
import org.tongchou.proto.v1.RecordedFact;
import org.tongchou.proto.v1.ResidencePeriod;
import org.tongchou.proto.v1.Timeline;

/** The fake hub's Persons: knows {@link #KNOWN}, finds no one else, refuses short numbers. */
final class FakePersons extends PersonsGrpc.PersonsImplBase {

  static final String KNOWN = "410102199003071521";

  @Override
  public void getTimeline(GetTimelineRequest request, StreamObserver<Timeline> response) {
    if (request.getIdNumber().length() != 18 && request.getIdNumber().length() != 15) {
      response.onError(
          StatusProto.toStatusRuntimeException(
              com.google.rpc.Status.newBuilder()
                  .setCode(Code.INVALID_ARGUMENT_VALUE)
                  .setMessage("invalid ID number")
                  .addDetails(
                      Any.pack(
                          BadRequest.newBuilder()
                              .addFieldViolations(
                                  BadRequest.FieldViolation.newBuilder()
                                      .setField("id_number")
                                      .setDescription("must be 18 characters or 15 digits"))
                              .build()))
                  .build()));
    } else if (!request.getIdNumber().equals(KNOWN)) {
      response.onError(Status.NOT_FOUND.withDescription("no such person").asRuntimeException());
    } else {
      response.onNext(timeline());
      response.onCompleted();
    }
  }

  private static Timeline timeline() {
    Fact arrival =
        Fact.newBuilder()
            .setRecordId("320205-2026-000017")
            .setRegion("320205")
            .setOccurredOn("2026-03-01")
            .setArrivalRegistered(ArrivalRegistered.newBuilder().setFrom("410102"))
            .build();
    Receipt receipt =
        Receipt.newBuilder()
            .setPosition(1234)
            .setPersonSequence(1)
            .setHash("3f9a0c1d2e4b5a6978808182838485868788898a8b8c8d8e8f909192939495")
            .build();
    return Timeline.newBuilder()
        .setPersonKey("pk-1")
        .setIdNumber(KNOWN)
        .setName("王芳")
        .setSex("F")
        .setBornOn("1990-03-07")
        .setRegistrationRegion("410102")
        .addFacts(RecordedFact.newBuilder().setFact(arrival).setReceipt(receipt))
        .addResidences(
            ResidencePeriod.newBuilder()
                .setRegion("320205")
                .setFrom("2026-03-01")
                .setArrivalRecordId("320205-2026-000017"))
        .build();
  }
}
