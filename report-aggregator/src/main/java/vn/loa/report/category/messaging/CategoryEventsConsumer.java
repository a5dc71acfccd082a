package vn.loa.report.category.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.loa.contracts.category.CategoryChanged;
import vn.loa.contracts.category.CategoryEvents;
import vn.loa.report.category.Categories;
import vn.loa.report.category.CategoryReplica;
import vn.loa.support.messaging.EventCodec;
import vn.loa.support.messaging.EventConsumers;
import vn.loa.support.messaging.UndecodableEventException;

/** Binding {@code categoryEvents-in-0}: the compacted category topic, kept by version. */
@Configuration(proxyBeanMethods = false)
class CategoryEventsConsumer {

  @Bean
  Consumer<Message<byte[]>> categoryEvents(
      EventConsumers consumers, EventCodec codec, Categories categories) {
    return consumers.of(
        CategoryEvents.TOPIC,
        (event, record) -> {
          CategoryChanged c = codec.data(event, CategoryEvents.CHANGED);
          if (c.code() == null || !c.code().equals(event.subject()) || c.nameVi() == null) {
            throw new UndecodableEventException("category code, subject and name are required");
          }
          categories.apply(
              new CategoryReplica(
                  c.code(), c.nameVi(), c.nameEn(), c.order(), c.active(), c.version()));
        });
  }
}
