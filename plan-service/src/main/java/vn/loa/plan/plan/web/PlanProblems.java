package vn.loa.plan.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.loa.plan.plan.PlanStateException;
import vn.loa.support.web.ProblemAdvice;
import vn.loa.support.web.Problems;

/** The plan's domain refusals as problem details: a step its status does not allow is a 409. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanProblems {

  private final ProblemAdvice problems;

  PlanProblems(ProblemAdvice problems) {
    this.problems = problems;
  }

  @ExceptionHandler(PlanStateException.class)
  ResponseEntity<ProblemDetail> notAllowedNow(PlanStateException e, HttpServletRequest request) {
    return problems.problem(Problems.conflict(e.kind(), e.planId(), e.status()), request);
  }
}
