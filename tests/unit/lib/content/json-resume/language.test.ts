import { describe, expect, it } from 'vitest';
import { writtenLanguage } from '../../../../../src/lib/content/json-resume/language.ts';

describe('writtenLanguage', () => {
  it('tells the language of a resume’s summary and highlights', () => {
    expect(writtenLanguage(['Infirmière devenue cheffe de produit, je conçois des outils cliniques que les soignants ont envie d’utiliser.', 'Réduit de 40 % les erreurs de transmission entre équipes grâce à une nouvelle check-list.'])).toBe('fr');
    expect(writtenLanguage(['Engenheira de plataforma com dez anos de experiência em sistemas de pagamento.', 'Reduzi a latência do checkout em 80% ao remover um bloqueio.'])).toBe('pt');
    expect(writtenLanguage(['Kierowałam zespołem platformy i skróciłam czas wdrożeń z tygodni do godzin.', 'Zautomatyzowałam aktualizacje klastrów Kubernetes w dziewięciu środowiskach.'])).toBe('pl');
    expect(writtenLanguage(['看護師から医療系プロダクトマネージャーへ。電子カルテ導入を主導し、申し送りの誤りを四割減らしました。現場の声を製品に届けることが得意です。'])).toBe('ja');
    expect(writtenLanguage(['Led the platform team and cut checkout latency by 80% by removing a lock in the payment service.'])).toBe('en');
  });

  it('says nothing about text too short to tell', () => {
    expect(writtenLanguage(['Ingénieure', undefined, ''])).toBeUndefined();
    expect(writtenLanguage([])).toBeUndefined();
  });
});
